// Progressive enhancement only: every link works without this file.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.copy-link");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(function () {
    var status = link.parentNode.querySelector(".copy-status");
    if (status) status.textContent = link.dataset.copied;
  });
});
