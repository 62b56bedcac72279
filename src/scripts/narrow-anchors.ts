/**
 * Links name rows of the printed table layout (#t01-r-5, #t09-caption). On a phone, 表1/表4 and
 * the one-row tables show their phone layout instead and the named element is hidden, so the
 * browser has nowhere to go: go to the phone layout's element that stands for it
 * (data-anchor-of) and mark it as the target. Without JavaScript the page opens at its top.
 */
const TARGET_CLASS = "is-anchor-target";

const isShown = (element: Element): boolean => element.getClientRects().length > 0;

const followToPhoneLayout = (): void => {
  const id = decodeURIComponent(location.hash.slice(1));
  const named = id === "" ? null : document.getElementById(id);
  if (!named || isShown(named)) return;
  const twin = [...document.querySelectorAll<HTMLElement>("[data-anchor-of]")].find(
    (element) => element.dataset["anchorOf"] === id && isShown(element),
  );
  if (!twin) return;
  document.querySelectorAll(`.${TARGET_CLASS}`).forEach((element) => element.classList.remove(TARGET_CLASS));
  twin.classList.add(TARGET_CLASS);
  // At once: the page has already tried, and failed, to go to the hidden element.
  twin.scrollIntoView({ block: "start", behavior: "instant" });
};

followToPhoneLayout();
addEventListener("hashchange", followToPhoneLayout);
