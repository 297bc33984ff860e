/// The report's inline style sheet and script.
enum ReportAssets {
    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.45}
        header,main{max-width:1100px;margin:0 auto;padding:0 1rem}
        h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ddd}
        .meta{color:#444;font-size:.9rem}
        .cards{display:flex;flex-wrap:wrap;gap:.75rem}
        .card{border:1px solid #ccc;border-radius:6px;padding:.5rem .75rem;flex:1 1 150px;max-width:220px;font-size:.9rem}
        .card .number{display:block;font-size:1.6rem;font-weight:600}
        .map-layout{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        .map-layout>figure{flex:1 1 520px;max-width:620px;margin:0}
        .map-layout>div{flex:1 1 260px}
        #map{width:100%;height:auto;border:1px solid #ccc}
        #map .sea{fill:#eef4f8}
        #map .outlines path{fill:#fbfbf8;stroke:#9a9a9a;stroke-width:.4}
        #map .outlines path.obstacle{fill:#fbe3d6}
        #map circle.school{stroke:#222;stroke-width:.3}
        #map circle[data-status$=obstacle]{stroke-width:.8}
        .closeups{display:flex;flex-wrap:wrap;gap:.75rem}h3{font-size:1rem;margin:1rem 0 .5rem}
        .closeup{flex:0 1 170px;margin:0}.closeup svg{width:100%;height:auto;border:1px solid #ccc}
        .closeup .sea{fill:#eef4f8}.closeup .outline{fill:#fbfbf8;stroke:#9a9a9a}.closeup circle{stroke:#222}
        .closeup figcaption{font-size:.85rem}
        .legend{list-style:none;padding:0}.legend li{margin:.2rem 0}.legend.inline li{display:inline-block;margin-right:1rem}
        .legend svg{vertical-align:middle}
        .chart{width:100%;max-width:760px;height:auto}
        .chart .label{font-size:11px;fill:#1a1a1a}.chart .value{font-size:10px;fill:#333}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;font-size:.9rem}
        th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
        td[data-value]:not(:nth-child(-n+2)):not(:nth-child(4)){text-align:right}
        th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;text-align:left}
        th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
        figure{margin:0}
        """

    static let script = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var heads = table.querySelectorAll("th");
          heads.forEach(function (th, column) {
            th.querySelector("button").addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              var numeric = th.dataset.numeric === "true";
              heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
                var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """
}
