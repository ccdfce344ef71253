pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.Backend

// Between visitors: the hero art in slow motion, the ten achievements in turn, and an invitation
// in all three languages. The picture keeps moving (no burn-in); one touch starts a session.
Rectangle {
    id: attract

    required property Exhibition exhibition
    property int slide: 0
    readonly property var slides: attract.exhibition.attractSlides

    signal woken

    color: Theme.background
    Accessible.role: Accessible.Button
    Accessible.name: "輕觸開始探索 · 轻触开始探索 · Touch to explore"

    Image {
        id: hero

        objectName: "attractHero"
        width: parent.width * Theme.attractZoom
        height: parent.height * Theme.attractZoom
        source: attract.exhibition.heroUrl
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        asynchronous: true

        // A slow drift within a small margin, so no pixel stays the same for long: in whole
        // pixels, stepped (at this speed a pixel a second or so), so the screen is redrawn only
        // when the picture has really moved, not every frame.
        // It starts half-way along its path, where it moves fastest.
        function driftTo(elapsed: real): void {
            const offset = (cycle, span) => Math.round(-span * (1 - Math.cos(Math.PI * (elapsed / cycle + 0.5))) / 2);
            hero.x = offset(Theme.attractCycle, attract.width * Theme.attractDrift);
            hero.y = offset(Theme.attractCycle * Theme.attractDriftRatio, attract.height * Theme.attractDrift);
        }

        Timer {
            property real started: Date.now()

            interval: Theme.attractDriftStep
            repeat: true
            running: attract.visible && !Theme.reduceMotion
            onRunningChanged: if (running) {
                started = Date.now();
                hero.driftTo(0);
            }
            onTriggered: hero.driftTo(Date.now() - started)
            Component.onCompleted: if (running) hero.driftTo(0)
        }
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.scrimLight }
            GradientStop { position: 1; color: Theme.scrim }
        }
    }

    Timer {
        objectName: "attractSlideTimer"
        interval: Theme.attractSlideTime
        running: attract.visible && attract.slides.length > 0
        repeat: true
        onTriggered: attract.slide = (attract.slide + 1) % attract.slides.length
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacingL

        RowLayout {
            objectName: "attractSlide"
            Layout.fillWidth: true
            spacing: Theme.spacingL
            visible: attract.slides.length > 0

            Image {
                Layout.preferredWidth: Theme.attractThumbnail
                Layout.preferredHeight: Theme.attractThumbnail / Theme.illustrationAspect
                source: attract.slides.length > 0 ? attract.slides[attract.slide].imageUrl : ""
                sourceSize.width: Theme.attractThumbnail
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }

            NumberBadge {
                number: attract.slides.length > 0 ? attract.slides[attract.slide].number : 1
                diameter: Theme.badgeSizeLarge
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                Label {
                    Layout.fillWidth: true
                    text: attract.slides.length > 0 ? attract.slides[attract.slide].headline_zh_Hant : ""
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: attract.exhibition.familyFor("zh-Hant")
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                }

                Label {
                    Layout.fillWidth: true
                    text: attract.slides.length > 0 ? attract.slides[attract.slide].headline_en : ""
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontTitle
                }
            }
        }

        Rectangle {
            id: invitationPill

            objectName: "attractInvitation"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: invitation.implicitWidth + 2 * Theme.spacingXl
            implicitHeight: invitation.implicitHeight + 2 * Theme.spacingM
            radius: height / 2
            color: Theme.accent

            Pulse {
                target: invitationPill
                propertyName: "scale"
                peak: Theme.attractPulse
                running: attract.visible
            }

            RowLayout {
                id: invitation

                anchors.centerIn: parent
                spacing: Theme.spacingL

                Image {
                    Layout.preferredWidth: Theme.iconSizeLarge
                    Layout.preferredHeight: Theme.iconSizeLarge
                    source: "qrc:/icons/ui/touch-dark.svg"
                    sourceSize.width: Theme.iconSizeLarge
                    sourceSize.height: Theme.iconSizeLarge
                }

                Label {
                    text: "輕觸開始探索"
                    color: Theme.textOnAccent
                    font.family: attract.exhibition.familyFor("zh-Hant")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }

                Label {
                    text: "轻触开始探索"
                    color: Theme.textOnAccent
                    font.family: attract.exhibition.familyFor("zh-Hans")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }

                Label {
                    text: "Touch to explore"
                    color: Theme.textOnAccent
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
            }
        }
    }

    // The whole screen wakes the kiosk; the touch goes no further.
    MouseArea {
        objectName: "attractWake"
        anchors.fill: parent
        onPressed: mouse => mouse.accepted = true
        onClicked: attract.woken()
    }
}
