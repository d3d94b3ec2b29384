"use client";
import { useState } from "react";
import { usePathname } from "next/navigation";

/**
 * The sidebar's menu. On a phone it folds behind a "Menu" button so that the page, not the menu, fills the screen;
 * it folds again after each navigation (it is open only on the path where it was opened). On wider screens the
 * button is hidden by CSS and the menu always shows.
 */
export function CollapsibleMenu({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="menu-toggle button secondary"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        Menu
      </button>
      <div id="main-menu" className="menu-body" data-open={open}>
        {children}
      </div>
    </>
  );
}
