/* Behaviour of the claims report: filters, the order of each article's claims, the record
   panel, and the address hooks #type=a,b&status=c&assessment=d (filters), #order=reading
   (order: worth, the default, assessment or reading) and #claim=ID (pin one claim).
   It only moves and clones elements the page already holds; it never builds markup from
   strings. */
(function () {
  "use strict";

  var FILTERS = ["type", "status", "assessment"];
  var ORDERS = ["worth", "assessment", "reading"];
  var ASSESSMENT_RANK = { disputed: 0, hedged: 1, corroborated: 2, none: 3 };
  var orderSelect = document.getElementById("order");
  var panelBody = document.getElementById("panel-body");
  var hint = document.getElementById("panel-hint");
  var pinned = null;

  function boxes(name) {
    return Array.prototype.slice.call(
      document.querySelectorAll('#filters input[name="' + name + '"]')
    );
  }

  function checkedValues(name) {
    return boxes(name)
      .filter(function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function applyFilters() {
    /* keep the checked attribute in step, so a saved copy of the page keeps the filters */
    each("#filters input", function (box) { box.toggleAttribute("checked", box.checked); });
    var types = checkedValues("type");
    var statuses = checkedValues("status");
    var assessments = checkedValues("assessment");
    var visible = Object.create(null);
    var shown = 0;
    each("li.claim-item", function (item) {
      var typeOk = item.dataset.types.split(" ").some(function (t) {
        return types.indexOf(t) >= 0;
      });
      var ok = typeOk && statuses.indexOf(item.dataset.status) >= 0 &&
        assessments.indexOf(item.dataset.assessment) >= 0;
      item.hidden = !ok;
      if (ok) {
        visible[item.dataset.claim] = true;
        shown += 1;
      }
    });
    each("mark.claim", function (mark) {
      var on = mark.dataset.claims.split(" ").some(function (id) { return visible[id]; });
      mark.classList.toggle("off", !on);
      if (!on && mark === pinned) { unpin(); }
    });
    each("section.article", function (section) {
      var any = section.querySelector("li.claim-item:not([hidden])") !== null;
      section.classList.toggle("no-match", !any);
    });
    document.getElementById("shown-count").textContent = String(shown);
  }

  function worth(item) { return parseFloat(item.dataset.worth) || 0; }

  function rank(item) {
    var r = ASSESSMENT_RANK[item.dataset.assessment];
    return r === undefined ? 9 : r;
  }

  /* reorder each article's claim list; ties keep reading order (data-pos) */
  function applyOrder() {
    var how = orderSelect.value;
    orderSelect.querySelectorAll("option").forEach(function (option) {
      option.toggleAttribute("selected", option.value === how);
    });
    each("ol.claims", function (list) {
      var items = Array.prototype.slice.call(list.children);
      items.sort(function (a, b) {
        var d = 0;
        if (how === "worth") { d = worth(b) - worth(a); }
        if (how === "assessment") { d = rank(a) - rank(b) || worth(b) - worth(a); }
        return d || parseInt(a.dataset.pos, 10) - parseInt(b.dataset.pos, 10);
      });
      items.forEach(function (item) { list.appendChild(item); });
    });
  }

  function readHash() {
    var hash = window.location.hash.replace(/^#/, "");
    var wanted = Object.create(null);
    hash.split("&").forEach(function (pair) {
      var cut = pair.indexOf("=");
      if (cut > 0) {
        var key = decodeURIComponent(pair.slice(0, cut));
        wanted[key] = decodeURIComponent(pair.slice(cut + 1)).split(",");
      }
    });
    var used = false;
    if (wanted.order && ORDERS.indexOf(wanted.order[0]) >= 0) {
      orderSelect.value = wanted.order[0];
      used = true;
    }
    FILTERS.forEach(function (name) {
      if (!wanted[name]) { return; }
      used = true;
      boxes(name).forEach(function (box) {
        box.checked = wanted[name].indexOf(box.value) >= 0;
      });
    });
    return used;
  }

  function writeHash() {
    var parts = [];
    FILTERS.forEach(function (name) {
      var on = checkedValues(name);
      if (on.length !== boxes(name).length) {
        parts.push(name + "=" + on.map(encodeURIComponent).join(","));
      }
    });
    if (orderSelect.value !== ORDERS[0]) { parts.push("order=" + orderSelect.value); }
    var target = parts.length ? "#" + parts.join("&") : window.location.pathname;
    try {
      window.history.replaceState(null, "", target);
    } catch (err) {
      /* some file:// contexts refuse history changes; the filters still apply */
    }
  }

  function clearPanel() {
    while (panelBody.firstChild) { panelBody.removeChild(panelBody.firstChild); }
  }

  function showRecords(mark) {
    clearPanel();
    if (!mark) {
      panelBody.appendChild(hint);
      return;
    }
    mark.dataset.claims.split(" ").forEach(function (id) {
      var item = document.getElementById("claim-" + id);
      if (!item || item.hidden) { return; }
      var record = item.querySelector("dl.record");
      if (record) { panelBody.appendChild(record.cloneNode(true)); }
    });
    if (!panelBody.firstChild) { panelBody.appendChild(hint); }
  }

  function unpin() {
    if (pinned) { pinned.classList.remove("pinned"); }
    pinned = null;
  }

  function pin(mark) {
    var again = mark === pinned;
    unpin();
    if (!again) {
      pinned = mark;
      mark.classList.add("pinned");
    }
    showRecords(pinned);
  }

  each("mark.claim", function (mark) {
    mark.addEventListener("mouseenter", function () {
      if (!mark.classList.contains("off")) { showRecords(mark); }
    });
    mark.addEventListener("mouseleave", function () { showRecords(pinned); });
    mark.addEventListener("focus", function () {
      if (!mark.classList.contains("off")) { showRecords(mark); }
    });
    mark.addEventListener("blur", function () { showRecords(pinned); });
    mark.addEventListener("click", function () {
      if (!mark.classList.contains("off")) { pin(mark); }
    });
    mark.addEventListener("keydown", function (event) {
      if ((event.key === "Enter" || event.key === " ") && !mark.classList.contains("off")) {
        event.preventDefault();
        pin(mark);
      }
    });
  });

  each("#filters input", function (box) {
    box.addEventListener("change", function () {
      applyFilters();
      writeHash();
    });
  });

  /* #claim=ID pins the sentence of that claim and scrolls to it (a link to one claim) */
  function showFromHash() {
    var match = /(?:^#|&)claim=([^&]+)/.exec(window.location.hash);
    if (!match) { return; }
    var id = decodeURIComponent(match[1]);
    var found = null;
    each("mark.claim", function (mark) {
      if (!found && mark.dataset.claims.split(" ").indexOf(id) >= 0) { found = mark; }
    });
    if (found && !found.classList.contains("off") && found !== pinned) {
      pin(found);
      found.scrollIntoView({ block: "center" });
    }
  }

  orderSelect.addEventListener("change", function () {
    applyOrder();
    writeHash();
  });

  window.addEventListener("hashchange", function () {
    if (readHash()) {
      applyOrder();
      applyFilters();
    }
    showFromHash();
  });

  readHash();
  applyOrder();
  applyFilters();
  showFromHash();
  document.documentElement.setAttribute("data-report-ready", "1");
})();
