//! Rows of cells from delimited text: what Excel, LibreOffice and Google Sheets put on the
//! clipboard when a range is copied (tab-separated), and a spreadsheet saved as CSV
//! (comma-separated). A cell holding the delimiter, a line end or a double quote is written
//! in double quotes, with a quote inside doubled; rows end with CRLF, LF or CR; a final line
//! end and empty rows at the end are not rows.

/// The cells of `text`, row by row, split at `delimiter` (`'\t'` for a pasted block, `','`
/// for CSV). Never fails: text that is not quoted as expected is kept as it stands.
pub fn split(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    // Inside a quoted cell; and whether the cell began with a quote (so quotes are special).
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c != '"' {
                cell.push(c);
            } else if chars.peek() == Some(&'"') {
                chars.next();
                cell.push('"');
            } else {
                quoted = false;
            }
        } else if c == '"' && cell.is_empty() {
            quoted = true;
        } else if c == delimiter {
            row.push(std::mem::take(&mut cell));
        } else if c == '\r' || c == '\n' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            row.push(std::mem::take(&mut cell));
            rows.push(std::mem::take(&mut row));
        } else {
            cell.push(c);
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    while rows
        .last()
        .is_some_and(|r: &Vec<String>| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    rows
}
