import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Tells staff that an external content pack was rejected and the embedded one is on show.
// Visitors can dismiss it with a tap; the full list is in the log and `innokiosk validate`.
Rectangle {
    id: banner

    required property var problems
    property bool dismissed: false

    visible: banner.problems.length > 0 && !banner.dismissed
    width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.px(1400))
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surfaceRaised
    border.color: Theme.red
    border.width: Theme.borderWidth
    z: 10

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        ColumnLayout {
            id: column

            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: qsTr("The content pack could not be used; showing the built-in content.")
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }

            Label {
                Layout.fillWidth: true
                text: banner.problems.slice(0, 3).join("\n")
                wrapMode: Text.WrapAnywhere
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }

        IconButton {
            iconName: "close"
            text: qsTr("Dismiss")
            onClicked: banner.dismissed = true
        }
    }
}
