// Amendments: wired once the amendments API is available.
export function amendmentPanels() {
  return [];
}
