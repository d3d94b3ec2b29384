// Why a name matched: each token pair and what it earned, the words of the listed name the party lacks, the
// country and address evidence, the thresholds in force and the list version. Renders on server or client.
import type { Explanation } from "@/lib/screening/types";
import { ScrollBox } from "@/components/ui/scroll-box";
import { AddressExplanationView, BandAndVersion } from "./address-explanation";

/** An alias file's source: a link when it is a web address, the text as written otherwise (a filing, a document). */
function sourceView(source: string) {
  const url = /^https?:\/\/\S+$/.test(source) ? source : null;
  return url ? (
    <a href={url} rel="noreferrer noopener" target="_blank">
      {source}
    </a>
  ) : (
    source
  );
}

export function ExplanationView({ e, score }: { e: Explanation; score: number }) {
  if (e.listedAddress) return <AddressExplanationView e={{ ...e, listedAddress: e.listedAddress }} />;
  const maxContribution = Math.max(1, ...e.tokens.map((t) => t.contribution));
  return (
    <div className="explain">
      <p className="small">
        Matched {e.matchedSource ? "the known alias" : `the listed ${e.matchedKind}`} <strong>“{e.matchedName}”</strong>
        {e.matchedSource ? <> (source: {sourceView(e.matchedSource)})</> : null}: name similarity {e.nameScore}
        {e.country ? `, ${e.country.effect >= 0 ? "+" : ""}${e.country.effect} for country` : ""}
        {e.address && e.address.effect ? `, +${e.address.effect} for address` : ""} = score {score}.
      </p>
      <ScrollBox label="Token alignment (scrolls sideways)">
        <table className="data" aria-label="Token alignment">
          <thead>
            <tr>
              <th>Party word</th>
              <th>Listed word</th>
              <th className="num">Similarity</th>
              <th className="num">Rarity weight</th>
              <th className="num">Points</th>
              <th aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {e.tokens.map((t) => (
              <tr key={t.query}>
                <td>{t.query}</td>
                <td>{t.listed ?? <span className="muted">no match</span>}</td>
                <td className="num">{t.listed ? t.similarity.toFixed(2) : "—"}</td>
                <td className="num">{t.weight.toFixed(2)}</td>
                <td className="num">{t.contribution.toFixed(1)}</td>
                <td aria-hidden="true">
                  <span className="contribution" style={{ width: `${(t.contribution / maxContribution) * 6}rem` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <dl>
        {e.unmatchedListed.length ? (
          <>
            <dt>Listed words the party lacks</dt>
            <dd>{e.unmatchedListed.map((t) => `${t.token} (weight ${t.weight.toFixed(2)})`).join(", ")}</dd>
          </>
        ) : null}
        <dt>Country</dt>
        <dd>{e.country ? e.country.note : "no country to compare"}</dd>
        <dt>Address</dt>
        <dd>{e.address ? e.address.note : "no address to compare"}</dd>
        <dt>Thresholds</dt>
        <dd>
          match ≥ {e.thresholds.match}, review ≥ {e.thresholds.review}
        </dd>
        <BandAndVersion e={e} />
      </dl>
    </div>
  );
}
