pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// 繁 | 简 | EN: one touch changes every string on screen. The labels are each language's own name.
Rectangle {
    id: languageSwitch

    required property Exhibition exhibition
    readonly property var labels: ({ "zh-Hant": "繁", "zh-Hans": "简", "en": "EN" })
    readonly property var spokenNames: ({ "zh-Hant": "繁體中文", "zh-Hans": "简体中文", "en": "English" })

    implicitWidth: options.implicitWidth + 2 * Theme.spacingXs
    implicitHeight: Theme.touchTarget
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.outline
    border.width: Theme.borderWidth

    RowLayout {
        id: options

        anchors.centerIn: parent
        spacing: Theme.spacingXs

        Repeater {
            model: languageSwitch.exhibition.languages

            delegate: AbstractButton {
                id: option

                required property string modelData
                readonly property bool selected: languageSwitch.exhibition.language === option.modelData

                objectName: "language-" + option.modelData
                implicitWidth: Theme.touchTarget + Theme.spacingM
                implicitHeight: Theme.touchTarget - 2 * Theme.spacingXs
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: languageSwitch.spokenNames[option.modelData]
                Accessible.checked: option.selected
                scale: option.down ? Theme.pressedScale : 1
                onClicked: languageSwitch.exhibition.setLanguage(option.modelData)

                background: Rectangle {
                    radius: Theme.radiusS
                    color: option.down ? Theme.surfacePressed : option.selected ? Theme.accent : "transparent"
                    border.color: Theme.focusRing
                    border.width: option.visualFocus ? Theme.focusWidth : 0
                }

                contentItem: Label {
                    objectName: "languageOptionLabel"
                    text: languageSwitch.labels[option.modelData]
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: option.selected ? Theme.textOnAccent : Theme.text
                    font.family: languageSwitch.exhibition.familyFor(option.modelData)
                    font.pixelSize: Theme.fontBodyLarge
                    font.bold: true
                }
            }
        }
    }
}
