/**
 * Styles of the injected button and menu. They live in the shadow root (shadow-ui.ts resets the host with
 * `all: initial`), so webmail CSS cannot reach them and they cannot reach the webmail.
 * `[data-theme=dark]` is set from the compose window's own background, because Gmail's and
 * Outlook's dark themes do not follow the system setting.
 */
export const WEBMAIL_UI_CSS = `
:host{display:inline-block;vertical-align:middle;margin:0 6px;}
.ct{--bg:#fff;--fg:#1f1f1f;--muted:#5e5e5e;--border:#c4c7c5;--hover:#eef3fd;--accent:#0b57d0;--warn-bg:#fff6db;--warn-fg:#5c4300;
  font:500 13px/1.2 "Google Sans",Roboto,"Segoe UI",system-ui,Arial,sans-serif;color:var(--fg);position:relative;display:inline-block}
.ct[data-theme=dark]{--bg:#2d2e30;--fg:#e3e3e3;--muted:#b5b5b5;--border:#5f6368;--hover:#3c4043;--accent:#a8c7fa;--warn-bg:#3a300f;--warn-fg:#f6dc8b}
button{font:inherit;color:inherit;cursor:pointer}
.trigger{display:inline-flex;align-items:center;gap:4px;height:32px;padding:0 12px;border-radius:16px;border:1px solid var(--border);background:var(--bg);white-space:nowrap}
.trigger:hover{background:var(--hover)}
.trigger:focus-visible,.action:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.trigger[data-state=warn]{border-color:#e5c35c}
.ct.float{position:fixed;z-index:2147483000}
.ct[hidden]{display:none}
.pop{position:fixed;z-index:2147483000;min-width:260px;max-width:340px;max-height:60vh;overflow:auto;background:var(--bg);color:var(--fg);
  border:1px solid var(--border);border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:4px 0}
.pop[hidden]{display:none}
.item{display:block;width:100%;text-align:left;border:0;background:none;padding:8px 14px}
.item:hover,.item:focus{background:var(--hover)}
.item:focus{outline:2px solid var(--accent);outline-offset:-2px}
.name{display:block}
.item[data-missing]::after{content:attr(data-missing);display:block;font-weight:400;font-size:12px;color:var(--muted);margin-top:2px}
.sep{height:1px;background:var(--border);margin:4px 0}
.msg{padding:10px 14px;font-weight:400;max-width:320px}
.msg[data-kind=warn]{background:var(--warn-bg);color:var(--warn-fg)}
.action{margin-top:8px;border:1px solid var(--border);border-radius:14px;background:var(--bg);padding:4px 12px}
`;
