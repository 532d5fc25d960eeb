export default function LoadingQuestions() {
  return (
    <>
      <h1>Written questions</h1>
      <p role="status" className="loading-note">
        Loading questions…
      </p>
    </>
  );
}
