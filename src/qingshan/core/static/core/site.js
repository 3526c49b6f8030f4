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
