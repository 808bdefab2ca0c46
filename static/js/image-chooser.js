// The picture chooser of content forms (ina_portal/editorial/image_chooser.py): when the
// id field changes (picked in the image list's popup, added with "+", or typed), the
// thumbnails of the chosen pictures are fetched and shown.
"use strict";
{
    function pictureItem(picture, width, decorative) {
        const item = document.createElement("li");
        item.className = "image-chooser__picture";
        const thumb = document.createElement("img");
        thumb.src = picture.thumb;
        thumb.alt = "";
        thumb.width = width;
        thumb.height = width;
        const text = document.createElement("span");
        text.className = "image-chooser__text";
        const alt = document.createElement("span");
        alt.className = "image-chooser__alt";
        alt.textContent = picture.alt || decorative;
        const credit = document.createElement("span");
        credit.className = "image-chooser__credit";
        credit.textContent = picture.credit;
        text.append(alt, " ", credit);
        item.append(thumb, text);
        return item;
    }

    function show(chooser, pictures) {
        const list = chooser.querySelector(".image-chooser__pictures");
        const width = Number(chooser.dataset.thumbWidth);
        if (pictures.length) {
            list.replaceChildren(...pictures.map((picture) => pictureItem(picture, width, chooser.dataset.decorative)));
        } else {
            const empty = document.createElement("li");
            empty.className = "image-chooser__empty";
            empty.textContent = chooser.dataset.empty;
            list.replaceChildren(empty);
        }
    }

    function updateRelatedLinks(chooser, ids) {
        // The chooser's link to the picture's form, and any Django puts beside it.
        const scope = chooser.closest(".related-widget-wrapper") || chooser;
        scope
            .querySelectorAll(".change-related, .view-related, .delete-related")
            .forEach((link) => {
                if (ids.length === 1 && link.dataset.hrefTemplate) {
                    link.href = link.dataset.hrefTemplate.replace("__fk__", ids[0]);
                    link.removeAttribute("aria-disabled");
                    link.hidden = false;
                } else {
                    link.removeAttribute("href");
                    link.setAttribute("aria-disabled", "true");
                    link.hidden = link.classList.contains("image-chooser__edit");
                }
            });
    }

    function refresh(chooser, input) {
        const ids = input.value
            .split(",")
            .map((id) => id.trim())
            .filter((id) => /^\d+$/.test(id));
        updateRelatedLinks(chooser, ids);
        if (!ids.length) {
            show(chooser, []);
            return;
        }
        const url = new URL(chooser.dataset.infoUrl, window.location.href);
        url.searchParams.set("ids", ids.join(","));
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then((response) => (response.ok ? response.json() : Promise.reject(response)))
            .then((data) => show(chooser, data.pictures))
            .catch(() => show(chooser, []));
    }

    function init() {
        document.querySelectorAll(".image-chooser").forEach((chooser) => {
            const input = chooser.querySelector(".image-chooser__controls input");
            if (!input) {
                return;
            }
            const update = () => refresh(chooser, input);
            // Django's popups announce a choice with jQuery's trigger("change"), which
            // reaches jQuery's handlers only; a typed change reaches those too.
            if (window.django && window.django.jQuery) {
                window.django.jQuery(input).on("change", update);
            } else {
                input.addEventListener("change", update);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}
