pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The selected milestone, large: its date as precisely as it is known, what happened, its
// achievement (number, headline, picture) and a control that opens the achievement's page.
// Previous and next, or a sideways swipe, step through the milestones in date order.
Rectangle {
    id: detail

    required property var milestone
    required property int count
    property bool stacked: false   // picture above the words (a narrow panel)

    signal stepRequested(int delta)
    signal openRequested(int row)

    objectName: "milestoneDetail"
    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.outline
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Pane
    Accessible.name: (detail.milestone.dateText ?? "") + ", " + (detail.milestone.label ?? "")

    // A sideways swipe steps; the buttons inside still take taps.
    DragHandler {
        id: swipe

        property real moved: 0   // how far the finger went, kept past its lifting

        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        onActiveTranslationChanged: if (swipe.active) swipe.moved = swipe.activeTranslation.x
        onActiveChanged: {
            if (swipe.active) {
                swipe.moved = 0;
                return;
            }
            if (Math.abs(swipe.moved) > detail.width * Theme.swipeDistance / 2)
                detail.stepRequested(swipe.moved < 0 ? 1 : -1);
        }
    }

    IconButton {
        id: previous

        objectName: "milestonePrevious"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        iconName: "chevron-left"
        text: qsTr("Previous milestone")
        enabled: (detail.milestone.position ?? 1) > 1
        onClicked: detail.stepRequested(-1)
    }

    IconButton {
        id: next

        objectName: "milestoneNext"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        iconName: "chevron-right"
        text: qsTr("Next milestone")
        enabled: (detail.milestone.position ?? 1) < detail.count
        onClicked: detail.stepRequested(1)
    }

    GridLayout {
        anchors.left: previous.right
        anchors.right: next.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        columns: detail.stacked ? 1 : 2
        rowSpacing: Theme.spacingM
        columnSpacing: Theme.spacingL

        Image {
            objectName: "milestonePicture"
            Layout.fillWidth: detail.stacked
            Layout.fillHeight: true
            Layout.preferredWidth: detail.stacked ? -1 : (detail.width - 2 * Theme.touchTarget) * Theme.timelineDetailImageShare
            Layout.minimumHeight: Theme.cardImageMinimum / 2
            source: detail.milestone.imageUrl ?? ""
            sourceSize.width: Theme.px(640)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: detail.milestone.imageAlt ?? ""
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !detail.stacked
            spacing: Theme.spacingS

            Label {
                objectName: "milestonePosition"
                text: qsTr("%1 of %2").arg(detail.milestone.position ?? 0).arg(detail.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }

            Label {
                objectName: "milestoneDate"
                Layout.fillWidth: true
                text: detail.milestone.dateText ?? ""
                wrapMode: Text.Wrap
                color: detail.milestone.planned ? Theme.planned : Theme.done
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            Label {
                objectName: "milestonePlanned"
                visible: detail.milestone.planned ?? false
                text: qsTr("planned")
                color: Theme.textOnGold
                font.pixelSize: Theme.fontCaption
                font.bold: true
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                background: Rectangle {
                    radius: Theme.radiusS
                    color: Theme.planned
                }
            }

            // The label takes the room there is, shrinking its type if it must, never cut.
            Label {
                objectName: "milestoneLabel"
                Layout.fillWidth: true
                Layout.fillHeight: !detail.stacked
                Layout.minimumHeight: Theme.fontBody * Theme.lineHeight * 2
                text: detail.milestone.label ?? ""
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignTop
                fontSizeMode: Text.VerticalFit
                minimumPixelSize: Theme.fontCaption
                color: Theme.text
                font.pixelSize: Theme.fontBodyLarge
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: detail.milestone.numbers ?? []

                    delegate: NumberBadge {
                        required property int modelData

                        Layout.alignment: Qt.AlignTop
                        number: modelData
                        diameter: Theme.iconSizeLarge
                    }
                }

                Label {
                    objectName: "milestoneHeadline"
                    Layout.fillWidth: true
                    text: detail.milestone.headline ?? ""
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }

            Button {
                id: open

                objectName: "openAchievement"
                Layout.minimumHeight: Theme.touchTarget
                Layout.maximumWidth: parent.width
                text: qsTr("Open achievement")
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.name: open.text
                onClicked: detail.openRequested(detail.milestone.achievementIndex ?? 0)

                contentItem: Label {
                    text: open.text
                    font: open.font
                    color: Theme.textOnAccent
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    leftPadding: Theme.spacingM
                    rightPadding: Theme.spacingM
                }

                background: Rectangle {
                    radius: height / 2
                    color: open.down ? Theme.surfacePressed : Theme.accent
                    border.color: open.visualFocus ? Theme.focusRing : Theme.accent
                    border.width: open.visualFocus ? Theme.focusWidth : 0
                }
            }
        }
    }
}
