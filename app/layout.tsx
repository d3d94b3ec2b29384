import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chokepoint", template: "%s · Chokepoint" },
  description: "Export-control supply-chain risk: screen parties, check BOMs, model the revenue impact of a listing.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
