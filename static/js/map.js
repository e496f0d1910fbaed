// ACOPAGRO – draw the places of components/place_map.html on a Leaflet map.
// The same places are listed as text under the map, so nothing is lost without this file,
// without Leaflet or when the tiles cannot load. Leaflet (150 kB of script and its styles)
// is loaded only when a map comes near the screen: pages whose map is further down (every
// page on a phone) load, parse and paint without it.
(function () {
    "use strict";
    var waiting = null; // [container, callback] pairs, while Leaflet loads
    var ready = false;
    function withLeaflet(container, callback) {
        if (ready) {
            callback();
            return;
        }
        if (waiting) {
            waiting.push([container, callback]);
            return;
        }
        waiting = [[container, callback]];
        var pending = 2;
        function settled() {
            pending -= 1;
            if (pending > 0) {
                return;
            }
            ready = Boolean(window.L);
            waiting.forEach(function (pair) {
                if (ready) {
                    pair[1]();
                } else {
                    pair[0].hidden = true; // no Leaflet: the list of places stays
                }
            });
        }
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = container.dataset.mapStyle;
        style.addEventListener("load", settled);
        style.addEventListener("error", settled);
        document.head.appendChild(style);
        var script = document.createElement("script");
        script.src = container.dataset.mapScript;
        script.addEventListener("load", settled);
        script.addEventListener("error", settled);
        document.head.appendChild(script);
    }
    function popupContent(place) {
        var box = document.createElement("div");
        var name = document.createElement(place.url ? "a" : "strong");
        name.textContent = place.name;
        if (place.url) {
            name.href = place.url;
        }
        if (place.lang) {
            name.lang = place.lang;
        }
        var kind = document.createElement("p");
        kind.textContent = place.kindLabel;
        box.appendChild(name);
        box.appendChild(kind);
        return box;
    }
    function draw(container, places) {
        // Quarter zoom steps fit the places as closely as possible, keeping pins apart.
        // Under prefers-reduced-motion the map jumps instead of gliding and fading.
        var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        var map = L.map(container, {
            scrollWheelZoom: false,
            zoomControl: false,
            zoomSnap: 0.25,
            zoomAnimation: !still,
            fadeAnimation: !still,
            markerZoomAnimation: !still,
            inertia: !still
        });
        L.control.zoom({
            zoomInTitle: container.dataset.mapZoomIn,
            zoomOutTitle: container.dataset.mapZoomOut
        }).addTo(map);
        map.attributionControl.setPrefix(false);
        if (container.dataset.mapTiles) {
            var tiles = L.tileLayer(container.dataset.mapTiles, {
                attribution: container.dataset.mapAttribution,
                maxZoom: 18
            });
            tiles.on("tileerror", function () {
                container.classList.add("place-map__canvas--no-tiles");
            });
            tiles.addTo(map);
        } else {
            container.classList.add("place-map__canvas--no-tiles");
        }
        // The map needs its view before markers can be added to it.
        map.fitBounds(places.map(function (place) {
            return [place.lat, place.lng];
        }), { padding: [24, 24], maxZoom: 10 });
        places.forEach(function (place) {
            var icon = L.divIcon({
                className: "map-pin map-pin--" + place.kind,
                // Under 24 px, so (WCAG 2.5.8) pins need 24 px between their centres.
                iconSize: [18, 18],
                iconAnchor: [9, 9],
                popupAnchor: [0, -9]
            });
            var marker = L.marker([place.lat, place.lng], {
                icon: icon,
                title: place.name,
                keyboard: true,
                riseOnHover: true
            });
            marker.bindPopup(popupContent(place), { closeButton: true, autoPanPadding: [24, 24] });
            marker.addTo(map);
            marker.getElement().setAttribute("aria-label", place.name + " – " + place.kindLabel);
        });
        labelPopups(container, map);
    }
    function labelPopups(container, map) {
        // Leaflet names the close button in English: name it in the page's language, and let
        // Escape close the popup wherever the focus is in the map, back on its marker.
        map.on("popupopen", function (event) {
            var element = event.popup.getElement();
            var button = element.querySelector(".leaflet-popup-close-button");
            if (button) {
                button.setAttribute("aria-label", container.dataset.mapClose);
                button.title = container.dataset.mapClose;
            }
            // Opened from the keyboard (its marker has the focus): the focus moves into the
            // popup, whose content Leaflet puts after every marker.
            var source = event.popup._source;
            if (source && source.getElement && source.getElement() === document.activeElement) {
                var first = element.querySelector(".leaflet-popup-content a") || button;
                if (first) {
                    first.focus();
                }
            }
        });
        container.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" || !map._popup || !map.hasLayer(map._popup)) {
                return;
            }
            var source = map._popup._source;
            map.closePopup();
            if (source && source.getElement) {
                source.getElement().focus();
            }
            event.stopPropagation();
        });
    }
    function prepare(container) {
        var dataElement = document.getElementById(container.dataset.map);
        var places = dataElement ? JSON.parse(dataElement.textContent) : [];
        if (!places.length) {
            return;
        }
        // Shown at once at its final size (CSS), so that nothing moves when the map appears.
        container.hidden = false;
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", container.dataset.mapLabel);
        var start = function () {
            withLeaflet(container, function () { draw(container, places); });
        };
        if (!("IntersectionObserver" in window)) {
            start();
            return;
        }
        var observer = new IntersectionObserver(function (entries) {
            if (entries.some(function (entry) { return entry.isIntersecting; })) {
                observer.disconnect();
                start();
            }
        }, { rootMargin: "300px 0px" });
        observer.observe(container);
    }
    document.querySelectorAll("[data-map]").forEach(prepare);
})();
