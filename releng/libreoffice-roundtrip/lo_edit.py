"""Counsel's edits made by LibreOffice itself: opens a review document through UNO, records changes, edits it and
saves it as .docx; or accepts every tracked change and saves the text. Run by check.sh (needs python3-uno)."""
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def office(profile):
    proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                             "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                             "--accept=socket,host=127.0.0.1,port=2202;urp;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2202;urp;StarOffice.ComponentContext")
            return proc, ctx
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit("not in the document: " + text)
    return found


def edit(doc):
    doc.RecordChanges = True
    find(doc, "can be found").setString("are available")  # a replacement inside a paragraph
    r = find(doc, "signed into law")
    r.getText().insertString(r.getEnd(), " by the President", False)  # an insertion
    find(doc, ", in particular the RMI").setString("")  # a deletion
    # a paragraph typed after a part's last paragraph (Enter at its end)
    r = find(doc, "Because we have no direct relationship")
    cursor = r.getText().createTextCursorByRange(r.getEnd())
    cursor.gotoEndOfParagraph(False)
    r.getText().insertControlCharacter(cursor, 0, False)
    r.getText().insertString(cursor, "We report on this to the Audit Committee each quarter.", False)


def main():
    action, src, out, profile = sys.argv[1:5]
    proc, ctx = office(profile)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    if action == "edit":
        edit(doc)
        doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
    else:
        helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, ())
        doc.storeToURL(uno.systemPathToFileUrl(out),
                       (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8")))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge goes with the office
    proc.wait(timeout=60)


if __name__ == "__main__":
    main()
