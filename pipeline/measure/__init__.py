"""Measurement: evaluation against gold (`evaluate`), NewsQuant (`newsquant`), the
throughput benchmark (`bench`) and its generated corpus (`benchgen`).
"""
