import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { appOrigins } from "@/lib/auth/origins";
import { loadDigestFacts } from "@/lib/data/overview";
import { digestMarkdown, digestText } from "@/lib/overview/digest";
import { exposure } from "../_overview/data";
import { CopyButton } from "@/components/ui/copy-button";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Weekly digest" };

export default async function DigestPage() {
  await requireArea("overview", "/digest");
  // the configured public URL, never the request's Host header
  const facts = await loadDigestFacts(new Date(), appOrigins().baseURL, { exposure });
  const text = digestText(facts);
  const markdown = digestMarkdown(facts);
  return (
    <>
      <PageHeader title="Weekly digest">
        What changed in the last seven days, to paste into an e-mail (plain text) or Slack (Markdown).
      </PageHeader>
      <p className="small">
        <Link href="/">Back to the overview</Link>
      </p>
      <section aria-labelledby="digest-text">
        <h2 id="digest-text">Plain text</h2>
        <CopyButton text={text} label="Copy plain text" targetId="digest-text-body" />
        <pre id="digest-text-body" className="digest" aria-label="Digest as plain text">
          {text}
        </pre>
      </section>
      <section aria-labelledby="digest-md">
        <h2 id="digest-md">Markdown</h2>
        <CopyButton text={markdown} label="Copy Markdown" targetId="digest-md-body" />
        <pre id="digest-md-body" className="digest" aria-label="Digest as Markdown">
          {markdown}
        </pre>
      </section>
    </>
  );
}
