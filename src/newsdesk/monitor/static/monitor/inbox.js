// Enter on a story's checkbox would submit the bulk form with its first
// button (Dismiss selected): in the inbox, Enter on a checkbox does nothing.
document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (
        event.key === "Enter" &&
        target instanceof HTMLInputElement &&
        target.type === "checkbox" &&
        target.form &&
        target.form.id === "inbox-bulk"
    ) {
        event.preventDefault();
    }
});
