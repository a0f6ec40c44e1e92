/*
 * For pages that embed a chart of this site: sizes each of our iframes to its content. Include it
 * once, after the iframes or with `async`. It accepts a height only from the window of one of our
 * iframes (event.source), only from our origin, and only a whole number of pixels within reason.
 * MIT licence, like the rest of the site.
 */
(function () {
	var script = document.currentScript;
	var origin = script ? new URL(script.src).origin : null;
	var MIN = 50;
	var MAX = 20000;
	window.addEventListener('message', function (event) {
		if (!origin || event.origin !== origin) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'cs-inspections:embed-height') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || Math.floor(height) !== height || height < MIN || height > MAX) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = height + 'px';
				return;
			}
		}
	});
})();
