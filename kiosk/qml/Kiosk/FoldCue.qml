pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The fold of a scrolling view while more of it lies below: the last lines fade into the page
// and a "More" button scrolls on. Anchor it over the bottom of the view it watches.
Item {
    id: fold

    required property Flickable flickable
    readonly property bool hasMore: fold.flickable.contentY + fold.flickable.height < fold.flickable.contentHeight - 1

    // Scrolls most of a view's height further on.
    function scrollOn(): void {
        scrolling.stop();
        scrolling.to = Math.min(fold.flickable.contentY + fold.flickable.height * Theme.moreStep,
                                fold.flickable.contentHeight - fold.flickable.height);
        scrolling.start();
    }

    implicitHeight: Theme.foldFade
    visible: fold.hasMore

    NumberAnimation {
        id: scrolling

        target: fold.flickable
        property: "contentY"
        duration: Theme.durationNormal
        easing.type: Easing.OutCubic
    }

    Rectangle {
        objectName: "foldFade"
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.backgroundClear }
            GradientStop { position: 0.7; color: Theme.background }
        }
    }

    AbstractButton {
        id: more

        objectName: "moreCue"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        implicitWidth: moreRow.implicitWidth + 2 * Theme.spacingL
        implicitHeight: Theme.touchTarget
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("More")
        scale: more.down ? Theme.pressedScale : 1
        onClicked: fold.scrollOn()

        background: Rectangle {
            radius: height / 2
            color: more.down ? Theme.surfacePressed : Theme.surfaceRaised
            border.color: Theme.accent
            border.width: Theme.borderWidth
        }

        contentItem: Item {
            RowLayout {
                id: moreRow

                anchors.centerIn: parent
                spacing: Theme.spacingS

                Label {
                    text: qsTr("More")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }

                Image {
                    Layout.preferredWidth: Theme.iconSize
                    Layout.preferredHeight: Theme.iconSize
                    source: "qrc:/icons/ui/chevron-right.svg"
                    sourceSize.width: Theme.iconSize
                    sourceSize.height: Theme.iconSize
                    rotation: 90
                }
            }
        }
    }
}
