export function PopupApp() {
  return <main><h1>CareerTalk</h1></main>;
}
