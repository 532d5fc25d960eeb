/** Says which URL parameters were ignored and why, so a mistyped link explains itself. */
export function TableProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    // data-request-problem: the server answers this page load with 400 (lib/http/problem-status.ts).
    <div className="notice notice--warning" role="status" data-request-problem="">
      <p className="notice__title">Some of this address could not be used</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
