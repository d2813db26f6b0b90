import "./style.css";
import { mountApp, type MountedApp } from "./app";
import { parseMapText } from "./data/parse";
import { pickSource, readSource } from "./data/source";
import { BROWSER_XML_READERS } from "./data/xml";
import { DEFAULT_VIEW_STATE, type ViewState } from "./state/state";
import { paramsToState, STATE_PARAMS } from "./state/url";
import { setHook } from "./test-hook";
import { bindDrop, filePicker, openScreen } from "./ui/screens";

const root = document.getElementById("app") ?? document.body;
let mounted: MountedApp | null = null;

function defaults(): ViewState {
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return { ...DEFAULT_VIEW_STATE, theme: dark ? "dark" : "light" };
}

function show(text: string, name: string, initial: ViewState): void {
  try {
    const data = parseMapText(text, name, BROWSER_XML_READERS);
    performance.mark("fieldmap:parsed");
    mounted?.destroy();
    mounted = mountApp(root, data, { initial, defaults: defaults(), openFile: () => picker.click() });
    performance.mark("fieldmap:mounted");
  } catch (error) {
    showOpen(messageOf(error));
  }
}

function showOpen(error: string | null): void {
  mounted?.destroy();
  mounted = null;
  document.documentElement.dataset.theme = defaults().theme;
  root.replaceChildren(openScreen({ error, onFile: openFile }));
  setHook({ status: error ? "error" : "open", error, sigma: null, getState: () => null });
}

/** A file opened or dropped by the user: its view state starts fresh (keys differ per map). */
function openFile(file: File): void {
  const params = new URLSearchParams(location.search);
  for (const name of [...STATE_PARAMS, "file"]) if (name !== "embed") params.delete(name);
  history.replaceState(null, "", `${location.pathname}${params.size ? `?${params}` : ""}`);
  file.text().then(
    (text) => show(text, file.name, { ...defaults(), embed: params.get("embed") === "1" }),
    (error) => showOpen(`${file.name}: could not be read (${messageOf(error)})`),
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const picker = filePicker(openFile);
document.body.appendChild(picker);
bindDrop(document.body, openFile);
setHook({ status: "loading" });

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  try {
    const source = pickSource(document, params);
    const loaded = await readSource(source);
    performance.mark("fieldmap:fetched");
    const initial = paramsToState(params, defaults());
    // A standalone map.html asks for embed mode; an explicit ?embed=0 still shows the full viewer.
    if (source.kind === "inline" && source.embed && params.get("embed") !== "0") initial.embed = true;
    if (loaded) show(loaded.text, loaded.name, initial);
    else showOpen(null);
  } catch (error) {
    showOpen(messageOf(error));
  }
}

void boot();
