// Site-wide behaviour without inline handlers (the Content-Security-Policy allows scripts from this site only):
// a <select data-autosubmit> submits its form when changed; data-clear="name" empties that field first.
document.addEventListener("change", function (event) {
  var el = event.target.closest ? event.target.closest("[data-autosubmit]") : null;
  if (!el || !el.form) return;
  var clear = el.getAttribute("data-clear");
  if (clear && el.form.elements[clear]) el.form.elements[clear].value = "";
  el.form.submit();
});
// A <form data-confirm="…"> asks before it is sent (workflow actions, deletions, merges).
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) event.preventDefault();
});
// On a phone a table of five or more columns becomes one card per row (site.css, "table.stack"): each cell is
// labelled with its column's heading, so no column is squeezed to two characters a line or cut off at the edge.
// A table marked class="no-stack" keeps its grid (matrices read across).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("table").forEach(function (table) {
    if (table.classList.contains("no-stack") || !table.tHead) return;
    // (a heading written lowercase, as English field names are, labels a stacked cell with a capital: "Title")
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      var t = th.textContent.trim();
      return t.charAt(0).toUpperCase() + t.slice(1);
    });
    if (heads.length < 5) return;
    table.classList.add("stack");
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          if (!cell.hasAttribute("data-label") && heads[i] && cell.colSpan === 1) cell.setAttribute("data-label", heads[i]);
        });
      });
    });
  });
});
