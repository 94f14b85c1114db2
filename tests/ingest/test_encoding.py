"""Non-Western encodings: read right, or reported as undecodable, never read as nonsense.

Sentences of our own writing, encoded in the legacy encodings of their languages.
"""

from __future__ import annotations

import pytest

from pipeline.errors import UndecodableFile
from pipeline.ingest.encoding import decode_bytes

READ_RIGHT = [
    # East Asian text inside English copy: the case that read as nonsense before
    (
        "Defense Minister 中谷元 said Japan will buy 400 missiles by 2027, the ministry said.",
        "shift_jis",
    ),
    ("The ministry in 東京 said spending rose 12 percent. 防衛費 is up again.", "shift_jis"),
    ("Tokyo (共同) - Japan plans 400 missiles.", "shift_jis"),
    ("Tokyo (共同) - Japan plans 400 missiles.", "cp932"),
    (
        "防衛省は、来年度の予算で最大５００億円を要求したと発表した。国防の強化が目的だ。",
        "shift_jis",
    ),
    ("防衛省は、来年度の予算で最大５００億円を要求したと発表した。国防の強化が目的だ。", "euc_jp"),
    ("국방부는 내년 예산으로 최대 500억 원을 요구했다고 발표했다.", "euc_kr"),
    ("Officials in 台北 said 66 jets were ordered.", "big5"),
    ("国防部表示，明年预算最多要求五百亿元。", "gb2312"),
    ("Beijing (新华社) said the navy commissioned 3 destroyers.", "gbk"),
    # what was read right before still is
    ("Министерство обороны заявило, что потеряло 500 танков в прошлом году.", "cp1251"),
    ("Το υπουργείο άμυνας ανακοίνωσε ότι ζήτησε 500 εκατομμύρια.", "cp1253"),
    ("Le ministère a commandé 40 chars, a-t-il précisé.", "cp1252"),
    ("O ministério informou que as negociações terminaram.", "cp1252"),
    ("Straße und Größe: 40 Panzer.", "cp1252"),
]


@pytest.mark.parametrize(("text", "encoding"), READ_RIGHT)
def test_legacy_encodings_are_read_right(text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data, "x.txt") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("北京 said 2 carriers sail in 2026.", "gbk"),
        ("서울 said 2 carriers sail in 2026.", "euc_kr"),
        ("東京 said 2 carriers sail in 2026.", "euc_jp"),
        # charset-normalizer guesses short snippets like these wrong ten times in twelve
        ("The minister, 김용현, said 500 tanks were ready.", "euc_kr"),
        ("Officials said 解放军海军 would order 40 tanks.", "gbk"),
    ],
)
def test_a_few_ideographs_valid_in_several_encodings_are_reported_not_guessed(text, encoding):
    with pytest.raises(UndecodableFile) as err:
        decode_bytes(text.encode(encoding), "names.txt")
    message = str(err.value)
    assert "names.txt" in message and "save it as UTF-8" in message
    assert "reads alike as" in message
