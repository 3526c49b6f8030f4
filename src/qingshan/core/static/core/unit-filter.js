// Filter the unit pickers of a task form by what is typed (name, short name or alias): works offline, no library.
(function () {
  var box = document.getElementById("unit-filter");
  if (!box) return;
  box.addEventListener("input", function () {
    var q = box.value.trim();
    document.querySelectorAll("select.unit-picker option").forEach(function (o) {
      o.hidden = q !== "" && o.textContent.indexOf(q) === -1 && !o.selected;
    });
  });
})();
