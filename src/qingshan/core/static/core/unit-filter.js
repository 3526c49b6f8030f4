// Task form: filter the unit pickers by what is typed (name, short name or alias), and show the units chosen in each
// picker as tags above it (a long list scrolls). Works offline, no library.
(function () {
  var box = document.getElementById("unit-filter");
  function showChosen() {
    document.querySelectorAll(".chosen[data-for]").forEach(function (span) {
      var select = document.getElementById(span.getAttribute("data-for"));
      if (!select) return;
      span.textContent = "";
      Array.from(select.selectedOptions).forEach(function (o) {
        var tag = document.createElement("span");
        tag.className = "tag";
        tag.textContent = o.textContent.replace(/（.*|\(.*/, "");
        span.appendChild(tag);
        span.appendChild(document.createTextNode(" "));
      });
    });
  }
  document.querySelectorAll("select.unit-picker").forEach(function (s) { s.addEventListener("change", showChosen); });
  showChosen();
  if (!box) return;
  box.addEventListener("input", function () {
    var q = box.value.trim();
    document.querySelectorAll("select.unit-picker option").forEach(function (o) {
      o.hidden = q !== "" && o.textContent.indexOf(q) === -1 && !o.selected;
    });
  });
})();
