// The main menu on small screens as a disclosure: the header's "#site-nav" link becomes a
// button with aria-expanded that shows and hides the navigation. Without this script
// the link opens the menu through its address (#site-nav:target in portal.css).
(function () {
  "use strict";
  const link = document.querySelector("[data-menu-toggle]");
  const nav = document.getElementById("site-nav");
  if (!link || !nav) {
    return;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.setAttribute("aria-controls", nav.id);
  button.setAttribute("aria-expanded", "false");
  button.append(...link.childNodes);
  link.replaceWith(button);
  document.documentElement.classList.add("has-menu-button");

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("site-nav--open", open);
  }

  // Opened through its address before the script ran (the link without JavaScript).
  setOpen(window.location.hash === "#" + nav.id);

  button.addEventListener("click", () => {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
