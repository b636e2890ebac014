// The one script of a scriptless CaseDraft webview (the timelines): it records what the panel
// shows (a draft's uri, or a case's id and title), so VS Code can restore the panel after a
// reload (WebviewPanelSerializer).
acquireVsCodeApi().setState({ ...document.body.dataset });
