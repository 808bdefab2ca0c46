// The focal point on the image form: click or tap the picture, or focus it and use the
// arrow keys; the two number fields below hold the point and work without JavaScript.
"use strict";
{
    const STEP = 0.05;

    function clamp(value) {
        return Math.min(1, Math.max(0, value));
    }

    function round(value) {
        return Math.round(clamp(value) * 100) / 100;
    }

    function init(area) {
        const inputX = document.getElementById(area.dataset.inputX);
        const inputY = document.getElementById(area.dataset.inputY);
        const marker = area.querySelector(".focal-point__marker");
        const status = document.getElementById(area.dataset.status);
        if (!inputX || !inputY || !marker) {
            return;
        }
        const current = () => [clamp(Number(inputX.value) || 0), clamp(Number(inputY.value) || 0)];
        const place = () => {
            const [x, y] = current();
            // CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
            marker.style.left = `${x * 100}%`;
            marker.style.top = `${y * 100}%`;
            marker.hidden = false;
            if (status) {
                status.textContent = area.dataset.statusTemplate
                    .replace("%(x)s", Math.round(x * 100))
                    .replace("%(y)s", Math.round(y * 100));
            }
        };
        const set = (x, y) => {
            inputX.value = round(x);
            inputY.value = round(y);
            inputX.dispatchEvent(new Event("change", { bubbles: true }));
            inputY.dispatchEvent(new Event("change", { bubbles: true }));
            place();
        };
        area.addEventListener("click", (event) => {
            const box = area.querySelector("img").getBoundingClientRect();
            set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
        });
        area.addEventListener("keydown", (event) => {
            const [x, y] = current();
            const moves = {
                ArrowLeft: [x - STEP, y],
                ArrowRight: [x + STEP, y],
                ArrowUp: [x, y - STEP],
                ArrowDown: [x, y + STEP],
            };
            if (event.key in moves) {
                event.preventDefault();
                set(...moves[event.key]);
            }
        });
        inputX.addEventListener("input", place);
        inputY.addEventListener("input", place);
        area.tabIndex = 0;
        place();
    }

    function initAll() {
        document.querySelectorAll(".focal-point").forEach(init);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", initAll);
    } else {
        initAll();
    }
}
