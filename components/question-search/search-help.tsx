/** "Search tips": the search syntax, in a popover (the HTML popover attribute: no script needed). */
const TIPS: [string, string][] = [
  ['joint production', 'questions with both words, in any form (produce, produced…)'],
  ['"joint production"', 'the exact phrase'],
  ['drones OR missiles', 'either word (OR in capitals)'],
  ['defence -nuclear', 'leave out questions that mention a word; NOT nuclear does the same'],
  ['procure*', 'words that start with procure (at least 3 letters; up to 8 such word starts in one search)'],
  ['heading:housing', 'a word in the heading; also question:, answer:, meeting:'],
  ['member:morello', 'the asking or an answering member; asker: or answerer: for one of them'],
  ['department:defence', 'the answering department'],
  ['house:lords status:overdue uin:HL1234', 'filters, the same as the panel’s'],
];

export function SearchHelp() {
  return (
    <>
      <button type="button" className="secondary search-help__toggle" popoverTarget="search-help" aria-controls="search-help">
        Search tips
      </button>
      <div id="search-help" popover="auto" className="search-help" role="region" aria-labelledby="search-help-title">
        <h2 id="search-help-title">Search tips</h2>
        <p>Searches cover headings, question wording, every version of the answer, members, departments and the meetings answers cite. Results are ranked with heading matches first, unless you sort by a column.</p>
        <dl>
          {TIPS.map(([example, meaning]) => (
            <div key={example}>
              <dt>
                <code>{example}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <p>Punctuation on its own and unclosed quotes are read as plain words; the page says when something was ignored.</p>
        <button type="button" className="secondary" popoverTarget="search-help" popoverTargetAction="hide">
          Close
        </button>
      </div>
    </>
  );
}
