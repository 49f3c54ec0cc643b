/**
 * Stands in for office.js inside the demo's task-pane frame: hands the frame the parent page's
 * in-memory Excel host, so the built pane runs unmodified against it.
 */
interface SimWindow {
  __sim?: { Office: unknown; Excel: unknown; OfficeExtension: unknown };
}

const host = (window.parent as unknown as SimWindow).__sim;
if (host) {
  const w = window as unknown as Record<string, unknown>;
  w.Office = host.Office;
  w.Excel = host.Excel;
  w.OfficeExtension = host.OfficeExtension;
} else {
  document.write('<p style="font-family:sans-serif">请通过 npm run demo 打开演示页面。</p>');
}
