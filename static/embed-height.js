/*
 * On an embed page of this site: tells the page it is embedded in how tall it is, on load and
 * whenever that changes, so static/embed.js there can size the iframe. The message is a number in a
 * message type of our own; nothing else is sent.
 */
(function () {
	if (window.parent === window) return;
	var last = 0;
	function post() {
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'cs-inspections:embed-height', height: height }, '*');
	}
	new ResizeObserver(post).observe(document.documentElement);
	post();
})();
