// An extension of the admin's rich text editor (django-prose-editor, ina_portal/base/richtext.py).
// Tiptap adds its base styles as an inline <style> element, which the portal's
// Content-Security-Policy refuses; the same rules come from css/rich-text-editor.css.
// The menu bar's buttons carry English names ("bold", "heading 2") as their tooltip and
// accessible name; they are given in the admin's language from the portal's djangojs
// catalogue (locale/), which the admin's JavaScript catalogue serves.
import { Extension } from "django-prose-editor/editor"

const translate = (text) => (window.gettext ? window.gettext(text) : text)

function translatedName(name) {
  const heading = /^(heading|Heading) (\d)$/.exec(name)
  if (heading && window.interpolate) {
    return window.interpolate(translate(`${heading[1]} %s`), [heading[2]])
  }
  return translate(name)
}

function translateMenu(root) {
  for (const button of root.querySelectorAll(".prose-menubar [title], .prose-menubar [aria-label]")) {
    for (const attribute of ["title", "aria-label"]) {
      const name = button.getAttribute(attribute)
      const translated = name && translatedName(name)
      if (translated !== name) button.setAttribute(attribute, translated)
    }
  }
  // The block type picker's options: "Heading 2", "Paragraph".
  for (const label of root.querySelectorAll(".prose-menubar__option > :only-child")) {
    const translated = translatedName(label.textContent)
    if (label.childElementCount === 0 && translated !== label.textContent) {
      label.textContent = translated
    }
  }
}

// The menu bar swaps its block type button as the cursor moves: names are translated
// again whenever it changes (only where they differ, so the observer comes to rest).
function keepMenuTranslated(root) {
  const menubar = root.querySelector(".prose-menubar")
  if (!menubar) return
  translateMenu(root)
  new MutationObserver(() => translateMenu(root)).observe(menubar, {
    subtree: true,
    childList: true,
    attributeFilter: ["title", "aria-label"],
  })
}

export const StaticStyles = Extension.create({
  name: "staticStyles",

  onBeforeCreate() {
    this.editor.options.injectCSS = false
  },

  onCreate() {
    keepMenuTranslated(this.editor.options.element)
  },
})

// Their German names are in locale/de/LC_MESSAGES/djangojs.po, kept by hand: the
// names are the library's, not strings of this file.
