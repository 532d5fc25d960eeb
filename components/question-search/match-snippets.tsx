import type { Segment } from '@/lib/search/segments';

/** Text with its matched words in <mark>: segments, never HTML, so stored text cannot inject markup. */
export function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}

/** Where the search words matched: a line from the question and/or the answer. */
export function MatchSnippets({ match }: { match: { question: Segment[] | null; answer: Segment[] | null } }) {
  if (!match.question && !match.answer) return null;
  return (
    <div className="match-snippets">
      {match.question ? (
        <p className="match-snippets__line">
          <span className="match-snippets__where">Question:</span> <Marked segments={match.question} />
        </p>
      ) : null}
      {match.answer ? (
        <p className="match-snippets__line">
          <span className="match-snippets__where">Answer:</span> <Marked segments={match.answer} />
        </p>
      ) : null}
    </div>
  );
}
