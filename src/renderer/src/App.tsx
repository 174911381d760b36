export function App() {
  return <main>Copydesk</main>;
}
