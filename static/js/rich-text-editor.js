// An extension of the admin's rich text editor (django-prose-editor, ina_portal/base/richtext.py).
// Tiptap adds its base styles as an inline <style> element, which the portal's
// Content-Security-Policy refuses; the same rules come from css/rich-text-editor.css.
import { Extension } from "django-prose-editor/editor"

export const StaticStyles = Extension.create({
  name: "staticStyles",

  onBeforeCreate() {
    this.editor.options.injectCSS = false
  },
})
