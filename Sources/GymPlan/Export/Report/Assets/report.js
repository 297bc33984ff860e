// The report's tables: a click (or Enter) on a column heading sorts by it, again to reverse; the
// filter box shows only the schools whose row contains every word typed. Inline in the page,
// embedded at build time; no server. A table with `data-page-size` lays out only that many
// matching rows at a time (a button shows more), so the country's 6,000 schools stay fast.
(function () {
  var lang = document.documentElement.lang || "en";
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  var refreshers = [];

  function key(cell, numeric) {
    var value = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent;
    if (!numeric) return value;
    var number = parseFloat(value);
    return isNaN(number) ? Infinity : number;
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("th");
    heads.forEach(function (th, column) {
      th.querySelector("button").addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.dataset.numeric === "true";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var keyed = Array.prototype.map.call(body.rows, function (row) { return [key(row.cells[column], numeric), row]; });
        keyed.sort(function (a, b) {
          var order = numeric ? (a[0] === b[0] ? 0 : a[0] < b[0] ? -1 : 1) : collator.compare(a[0], b[0]);
          return ascending ? order : -order;
        });
        var fragment = document.createDocumentFragment();
        keyed.forEach(function (pair) { fragment.appendChild(pair[1]); });
        body.appendChild(fragment);
        refreshers.forEach(function (refresh) { if (refresh.table === table) refresh(); });
      });
    });
  });

  var filter = document.getElementById("school-filter");
  var table = document.getElementById("schools");
  var count = document.getElementById("school-count");
  var more = document.getElementById("school-more");
  if (!filter || !table || !count || !more) return;
  var body = table.tBodies[0];
  var total = body.rows.length;
  var pageSize = parseInt(table.dataset.pageSize, 10) || total;
  var limit = pageSize;
  var texts = new Map();

  function grouped(number) {
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, count.dataset.thousands);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return grouped(values[name]); });
  }

  // Shows the first `limit` rows (in the table's current order) that contain every word typed.
  function refresh() {
    var words = filter.value.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
    var rows = body.rows, matches = 0, shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], match = true;
      if (words.length) {
        var text = texts.get(row);
        if (text === undefined) { text = row.textContent.toLocaleLowerCase(lang); texts.set(row, text); }
        for (var j = 0; j < words.length && match; j++) match = text.indexOf(words[j]) !== -1;
      }
      var visible = match && shown < limit;
      if (match) matches++;
      if (visible) shown++;
      if (row.hidden === visible) row.hidden = !visible;
    }
    var values = { shown: shown, matches: matches, total: total, more: Math.min(pageSize, matches - shown) };
    var template = shown >= matches ? count.dataset.all : words.length ? count.dataset.some : count.dataset.first;
    count.textContent = fill(template, values);
    more.hidden = shown >= matches;
    more.textContent = fill(more.dataset.template, values);
  }
  refresh.table = table;
  refreshers.push(refresh);

  function apply() { limit = pageSize; refresh(); }

  // While typing, a large table is filtered after a short pause; Enter (or leaving the box) at once.
  var timer = null;
  filter.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, total > 2000 ? 120 : 0);
  });
  filter.addEventListener("change", function () { clearTimeout(timer); apply(); });
  more.addEventListener("click", function () { limit += pageSize; refresh(); });
  refresh();
})();
