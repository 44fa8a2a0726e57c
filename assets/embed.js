/*
 * sharecalc embed helper: sizes sharecalc iframes to their content.
 *
 * Include it once on the host page, after iframes marked `data-sharecalc`:
 *   <script src="https://calculator.example.org/embed.js" async></script>
 * The app posts {"type": "sharecalc:resize", "height": N} to its parent whenever its height
 * changes. A message is used only if it comes from one of those iframes' own window AND from
 * the origin of that iframe's src; anything else is ignored. No dependencies, no cookies.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 50000;

  function frameOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'sharecalc:resize') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-sharecalc]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || frameOrigin(frame) !== event.origin) continue;
      frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) + 'px';
    }
  });
})();
