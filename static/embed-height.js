/*
 * On an embed page of this site:
 *  - A prerendered embed opened with parameters goes to its live page (named in a meta tag), which
 *    draws the chart for them: the prerendered file cannot read its query string.
 *  - Tells the page it is embedded in how tall it is, on load and whenever that changes, so
 *    static/embed.js there can size the iframe. The message is a number in a message type of our
 *    own; nothing else is sent.
 */
(function () {
	var live = document.querySelector('meta[name="embed-live"]');
	if (live && location.search.length > 1) {
		location.replace(live.getAttribute('content') + location.search + location.hash);
		return;
	}
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
