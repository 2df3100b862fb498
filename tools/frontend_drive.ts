// Drives the real superAIAutoCutVideo frontend (built with vite, served from another origin)
// against a running gateway in headless Chromium: create → upload → subtitle → script → TTS
// settings → generate → download → draft → delete, saving a screenshot per stage. Not run in
// CI; docs/frontend.md says how to build the frontend and start the stack first.
//
//   deno run -A tools/frontend_drive.ts --app http://127.0.0.1:4173 --gateway http://127.0.0.1:18000 \
//     --video /path/to/source.mp4 --out docs/frontend [--tencent-id AKID --tencent-key KEY]
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { parseArgs } from "node:util";
import { join } from "node:path";

const { values: args } = parseArgs({
  args: Deno.args,
  options: {
    app: { type: "string", default: "http://127.0.0.1:4173" },
    gateway: { type: "string", default: "http://127.0.0.1:18000" },
    video: { type: "string" },
    out: { type: "string", default: "docs/frontend" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    "tencent-id": { type: "string" },
    "tencent-key": { type: "string" },
  },
});
if (!args.video) {
  console.error(
    "usage: frontend_drive.ts --video source.mp4 [--app URL] [--gateway URL] [--out DIR]",
  );
  Deno.exit(2);
}

const log = (msg: string) => console.log(`[drive] ${msg}`);

// Callbacks passed to page.evaluate run in the page; here they are type-checked without the
// DOM library (which makes puppeteer's types too deep for the checker).
// deno-lint-ignore no-explicit-any
type Dom = any;
declare const document: Dom;
declare const HTMLTextAreaElement: Dom;
declare const Event: Dom;

/** Starts Chromium with a fresh profile and returns it with its DevTools endpoint. */
async function launch(): Promise<{ browser: Browser; stop(): Promise<void> }> {
  const profile = await Deno.makeTempDir({ prefix: "sacv-chromium-" });
  const child = new Deno.Command(args.chromium!, {
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      "--remote-debugging-port=0",
      "--window-size=1400,1000",
      "about:blank",
    ],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let endpoint = "";
  const decoder = new TextDecoderStream();
  const reader = child.stderr.pipeThrough(decoder).getReader();
  const deadline = Date.now() + 30_000;
  let text = "";
  while (!endpoint && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
    endpoint = text.match(/DevTools listening on (ws:\/\/\S+)/)?.[1] ?? "";
  }
  if (!endpoint) throw new Error(`chromium did not start:\n${text}`);
  (async () => {
    while (!(await reader.read()).done) { /* drain */ }
  })().catch(() => {});
  const browser = await puppeteer.connect({
    browserWSEndpoint: endpoint,
    defaultViewport: { width: 1400, height: 1000 },
  });
  return {
    browser,
    async stop() {
      await browser.close().catch(() => {});
      child.kill("SIGKILL");
      await child.status;
      await Deno.remove(profile, { recursive: true }).catch(() => {});
    },
  };
}

async function waitText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout }, text);
}

/** Clicks the first enabled `selector` whose text is `text` (or contains it, if not `exact`). */
async function clickText(page: Page, selector: string, text: string, exact = false): Promise<void> {
  const ok = await page.evaluate(
    (sel: string, t: string, ex: boolean) => {
      const el = [...document.querySelectorAll(sel)]
        .find((e) =>
          (ex ? e.innerText.trim() === t : e.innerText.trim().includes(t)) &&
          !e.disabled
        );
      el?.click();
      return !!el;
    },
    selector,
    text,
    exact,
  );
  if (!ok) throw new Error(`no enabled ${selector} with text ${JSON.stringify(text)}`);
}

/** The home button leaves an open project first, then the settings tab. */
async function goHome(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    if (
      await page.evaluate(() =>
        document.body.innerText.includes("搜索项目") ||
        !!document.querySelector("input[placeholder='搜索项目...']")
      )
    ) return;
    await page.click("button[title='项目管理与剪辑流程']");
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.waitForSelector("input[placeholder='搜索项目...']");
}

async function shot(page: Page, name: string): Promise<void> {
  await Deno.mkdir(args.out!, { recursive: true });
  const path = join(args.out!, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  log(`screenshot ${path}`);
}

async function api(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(args.gateway + path, init);
  return await res.json();
}

const SCRIPT = {
  version: "1.0",
  total_duration: 8,
  segments: [
    { id: "1", start_time: 0, end_time: 3, text: "大家好，这是由解说服务生成的第一段旁白。" },
    { id: "2", start_time: 3, end_time: 5, text: "播放原片", OST: 1 },
    { id: "3", start_time: 5, end_time: 8, text: "最后一段解说，感谢观看。" },
  ],
};

const { browser, stop } = await launch();
const seen: { failed: string[]; console: string[] } = { failed: [], console: [] };
try {
  const page = await browser.newPage();
  page.on(
    "requestfailed",
    (r) => seen.failed.push(`${r.method()} ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on("console", (m) => {
    if (m.type() === "error") seen.console.push(m.text());
  });
  page.on("dialog", (d) => d.accept());

  log(`open ${args.app}`);
  const t0 = Date.now();
  await page.goto(args.app!, { waitUntil: "domcontentloaded" });
  await waitText(page, "创建项目", 120_000);
  log(`project list after ${Date.now() - t0} ms`);
  await shot(page, "01-projects");

  // Create a project through the modal.
  await clickText(page, "button", "创建项目");
  await page.waitForSelector("form input[type=text], form input:not([type])");
  await page.type("form input", "前端联调");
  await page.type("#project-description", "由 headless Chromium 驱动的上游前端");
  await shot(page, "02-create-modal");
  await page.evaluate(() => {
    const form = document.querySelector("form")!;
    const submit = [...form.querySelectorAll("button")].find((b) => b.type === "submit")!;
    submit.click();
  });
  await waitText(page, "1. 上传视频");
  log("project created; upload step shown");

  // Upload the video (chunked by the frontend) and an SRT subtitle (under "高级配置").
  const videoInput = await page.$("input[type=file]");
  if (!videoInput) throw new Error("no video file input");
  await videoInput.uploadFile(args.video!);
  await waitText(page, "视频文件上传成功", 120_000);
  log("video uploaded");
  await clickText(page, "button, a, span", "高级配置");
  const srtInput = await page.waitForSelector("input[type=file][accept='.srt']");
  const srt = await Deno.makeTempFile({ suffix: ".srt" });
  await Deno.writeTextFile(
    srt,
    "1\n00:00:00,000 --> 00:00:03,000\n大家好\n\n2\n00:00:05,000 --> 00:00:08,000\n感谢观看\n",
  );
  await srtInput!.uploadFile(srt);
  await waitText(page, "字幕文件上传成功", 60_000);
  await new Promise((r) => setTimeout(r, 1500));
  await shot(page, "03-uploaded");

  // Generate step: write the script in the JSON editor and save it.
  await clickText(page, "button", "2. 生成视频");
  await waitText(page, "项目生成");
  await page.evaluate((text: string) => {
    const ta = document.querySelectorAll("textarea");
    const editor = ta[ta.length - 1];
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(editor, text);
    editor.dispatchEvent(new Event("input", { bubbles: true }));
  }, JSON.stringify(SCRIPT, null, 2));
  // The save button is the icon next to the "视频脚本" heading.
  await page.evaluate(() => {
    const h2 = [...document.querySelectorAll("h2")].find((h) => h.innerText.trim() === "视频脚本");
    h2?.parentElement?.querySelector("button")?.click();
  });
  await waitText(page, "脚本保存成功");
  log("script saved");
  await shot(page, "04-script");

  // TTS settings: Tencent with credentials (against the emulator), test, preview, pick a voice.
  if (args["tencent-id"] && args["tencent-key"]) {
    await page.click("button[title='应用配置和偏好设置']");
    await waitText(page, "音色设置（TTS）");
    await clickText(page, "button", "音色设置（TTS）");
    await waitText(page, "引擎选择");
    // The page loads engines, configs and voices first; choosing before that would be undone.
    await waitText(page, "eSpeak");
    await page.select("select", "tencent_tts");
    await waitText(page, "智瑜");
    await waitText(page, "SecretId");
    const fill = async (placeholderIndex: number, value: string) => {
      const fields = await page.$$("input[placeholder='未设置'], input[placeholder='已设置']");
      await fields[placeholderIndex].click();
      await fields[placeholderIndex].type(value);
      await page.keyboard.press("Tab");
    };
    await fill(0, args["tencent-id"]);
    await new Promise((r) => setTimeout(r, 800));
    await fill(1, args["tencent-key"]);
    await new Promise((r) => setTimeout(r, 1500));
    await clickText(page, "button", "测试连通性");
    await waitText(page, "已连接", 60_000);
    log("TTS connection test passed");
    await clickText(page, "button", "选择");
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => {
      const play = document.querySelector("button[title='点击试听']");
      play?.click();
    });
    await new Promise((r) => setTimeout(r, 2500));
    await shot(page, "05-tts-settings");
    await goHome(page);
    await clickText(page, "h3", "前端联调");
    await waitText(page, "1. 上传视频");
    await clickText(page, "button", "2. 生成视频");
    await waitText(page, "项目生成");
  }

  // Generate the video, watch the progress bar, then the draft.
  await clickText(page, "button", "视频操作");
  await clickText(page, "button", "生成视频", true);
  await waitText(page, "视频生成成功", 300_000);
  log("video generated");
  await new Promise((r) => setTimeout(r, 1000));
  await shot(page, "06-video-generated");

  const projects = (await api("/api/projects")).data as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith("前端联调"))!;
  const latest = (await api(`/api/projects/${project.id}/tasks/latest`)).data as Record<
    string,
    { task_id: string }
  >;
  const task = (await api(`/api/tasks/${latest.generate_video.task_id}`)).data as {
    segments?: { segment_id: string; provider?: string; kind: string }[];
  };
  log(
    `narration synthesized by: ${
      JSON.stringify(task.segments?.map((s) => `${s.segment_id}:${s.kind}:${s.provider ?? "-"}`))
    }`,
  );
  const download = await page.evaluate(async (url: string) => {
    const res = await fetch(url);
    const blob = await res.blob();
    return { status: res.status, type: res.headers.get("content-type"), size: blob.size };
  }, `${args.gateway}/api/projects/${project.id}/output-video/download`);
  log(`download from the page: ${JSON.stringify(download)}`);

  await clickText(page, "button", "视频操作");
  await clickText(page, "button", "生成剪映草稿", true);
  await waitText(page, "剪映草稿生成成功", 300_000);
  await waitText(page, "草稿路径");
  log("draft generated");
  await new Promise((r) => setTimeout(r, 1000));
  await shot(page, "07-draft-generated");

  // Back to the list, delete the project.
  await goHome(page);
  await shot(page, "08-projects-after");
  const after = await api(`/api/projects/${project.id}`);
  log(
    `project after: status ${(after.data as Record<string, unknown>).status}, draft ${
      (after.data as Record<string, unknown>).jianying_draft_last_dir
    }`,
  );
  await page.click("button[aria-label='更多操作']");
  await clickText(page, "button", "删除");
  await new Promise((r) => setTimeout(r, 500));
  await clickText(page, "button", "删除");
  await waitText(page, "项目已删除", 30_000);
  log("project deleted");
  await shot(page, "09-deleted");
} catch (err) {
  log(`FAILED: ${err instanceof Error ? err.stack : err}`);
  const pages = await browser.pages();
  if (pages.length) await shot(pages[pages.length - 1], "zz-failure").catch(() => {});
  Deno.exitCode = 1;
} finally {
  log(`failed requests: ${seen.failed.length ? "\n  " + seen.failed.join("\n  ") : "none"}`);
  log(
    `console errors: ${
      seen.console.length ? "\n  " + seen.console.slice(0, 20).join("\n  ") : "none"
    }`,
  );
  await stop();
}
