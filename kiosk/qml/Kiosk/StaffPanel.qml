pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// What staff can do once their PIN is in: leave, reload the content, see whether an external
// pack was rejected and why, change the idle timeout, switch between kiosk and window.
Rectangle {
    id: panel

    required property Exhibition exhibition
    required property IdleMonitor idle
    required property KioskMode mode
    required property StaffAccess staff
    required property KioskControl control
    required property StatsRecorder stats
    readonly property var summary: panel.stats.summary()
    readonly property var problems: panel.exhibition.packProblems
    // The pack on show in staff's words: the built-in one by name, another by its folder.
    readonly property string packName: panel.exhibition.packBuiltIn
                                       ? qsTr("Built-in exhibition content, version %1").arg(panel.exhibition.packVersion)
                                       : qsTr("%1, version %2").arg(panel.exhibition.packLabel).arg(panel.exhibition.packVersion)

    signal closed

    objectName: "staffPanel"
    color: Theme.scrim
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Staff panel")

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.staffPanelWidth)
        height: Math.min(parent.height - 2 * Theme.pageMargin, content.implicitHeight + 2 * Theme.spacingXl)
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.borderWidth

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.spacingXl
            contentHeight: content.implicitHeight
            clip: true

            ColumnLayout {
                id: content

                width: parent.width
                spacing: Theme.spacingL

                Label {
                    text: qsTr("Staff panel")
                    color: Theme.text
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                }

                Label {
                    objectName: "contentStatus"
                    Layout.fillWidth: true
                    text: panel.problems.length === 0
                          ? qsTr("Content on show: %1").arg(panel.packName)
                          : qsTr("An external content pack was rejected; showing: %1").arg(panel.packName)
                    wrapMode: Text.Wrap
                    color: panel.problems.length === 0 ? Theme.text : Theme.gold
                    font.pixelSize: Theme.fontBody
                }

                Label {
                    objectName: "contentProblems"
                    Layout.fillWidth: true
                    visible: panel.problems.length > 0
                    text: panel.problems.join("\n")
                    wrapMode: Text.WrapAnywhere
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }

                RowLayout {
                    spacing: Theme.spacingM

                    Label {
                        text: qsTr("Idle timeout: %1 s").arg(panel.idle.timeout)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }

                    TextButton {
                        objectName: "idleShorter"
                        text: qsTr("– %1 s").arg(Theme.idleTimeoutStep)
                        Accessible.name: qsTr("Shorter")
                        onClicked: panel.idle.timeout = Math.max(Theme.idleTimeoutStep, panel.idle.timeout - Theme.idleTimeoutStep)
                    }

                    TextButton {
                        objectName: "idleLonger"
                        text: qsTr("+ %1 s").arg(Theme.idleTimeoutStep)
                        Accessible.name: qsTr("Longer")
                        onClicked: panel.idle.timeout = panel.idle.timeout + Theme.idleTimeoutStep
                    }
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    TextButton {
                        objectName: "staffReload"
                        text: qsTr("Reload content")
                        onClicked: panel.control.reloadContent()
                    }

                    TextButton {
                        objectName: "staffPresent"
                        text: qsTr("Start the presentation")
                        onClicked: {
                            panel.closed();
                            panel.control.startPresentation();
                        }
                    }

                    // Kiosk mode needs a staff PIN: with none set, staff choose one first.
                    TextButton {
                        objectName: "staffMode"
                        text: panel.mode.kiosk ? qsTr("Switch to a window") : qsTr("Switch to kiosk mode")
                        onClicked: {
                            if (panel.mode.kiosk)
                                panel.mode.leaveKioskMode();
                            else if (panel.mode.enterKioskMode() === "pin-needed")
                                newPinLoader.active = true;
                        }
                    }

                    TextButton {
                        objectName: "staffExit"
                        text: qsTr("Exit the kiosk")
                        onClicked: {
                            panel.stats.endSession("staff");
                            panel.control.exitKiosk();
                        }
                    }

                    TextButton {
                        objectName: "staffClose"
                        primary: true
                        text: qsTr("Back to the exhibition")
                        onClicked: panel.closed()
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    TextButton {
                        objectName: "staffHandouts"
                        text: qsTr("Save handouts (PDF) to a USB stick")
                        enabled: panel.control.exportState !== "saving"
                        onClicked: panel.control.exportHandouts()
                    }

                    Label {
                        objectName: "staffHandoutsStatus"
                        Layout.fillWidth: true
                        text: panel.control.exportState === "saving" ? qsTr("Saving…") : panel.control.exportState === "saved" ? qsTr("Saved to %1").arg(panel.control.exportFolder) : panel.control.exportState === "failed" ? qsTr("Could not save to %1").arg(panel.control.exportFolder) : ""
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                }

                // Today beside all time on a landscape screen, so that both show without scrolling.
                GridLayout {
                    Layout.fillWidth: true
                    columns: Theme.portrait ? 1 : 2
                    rowSpacing: Theme.spacingL
                    columnSpacing: Theme.spacingXl

                    StatsChart {
                        objectName: "statsToday"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("Today")
                        figures: panel.summary.today
                    }

                    StatsChart {
                        objectName: "statsAllTime"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("All time")
                        figures: panel.summary.allTime
                    }
                }
            }
        }
    }

    Loader {
        id: newPinLoader

        objectName: "newPinLoader"
        anchors.fill: parent
        active: false
        sourceComponent: PinPad {
            staff: panel.staff
            choosing: true
            onAccepted: {
                newPinLoader.active = false;
                panel.mode.enterKioskMode();
            }
            onCancelled: newPinLoader.active = false
        }
    }
}
