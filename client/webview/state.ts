// The one script of a scriptless CaseDraft webview (the timeline): it records which draft the
// panel shows, so VS Code can restore the panel after a reload (WebviewPanelSerializer).
acquireVsCodeApi().setState({ uri: document.body.dataset.uri });
