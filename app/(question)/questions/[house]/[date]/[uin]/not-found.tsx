import Link from 'next/link';

export default function QuestionNotFound() {
  return (
    <>
      <h1>Question not found</h1>
      <p>We could not find a written question at this address.</p>
      <p>A question&rsquo;s address is made of its house, the date it was tabled and its UIN, for example:</p>
      <p>
        <code>/questions/commons/2025-03-13/DEMO-0001</code>
      </p>
      <ul>
        <li>
          The house must be <code>commons</code> or <code>lords</code>.
        </li>
        <li>
          The date must be a real date written <code>yyyy-mm-dd</code>: the day the question was tabled, not the day it was answered.
        </li>
        <li>The UIN must match the question&rsquo;s UIN exactly (Lords UINs begin with HL).</li>
      </ul>
      <p>
        <Link href="/questions">Browse and search all questions</Link>
      </p>
    </>
  );
}
