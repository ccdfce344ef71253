import QtQuick

// The staff's way in: a long press (three seconds) on the top-left corner. Nothing shows.
Item {
    id: corner

    signal staffRequested

    width: Theme.staffCorner
    height: Theme.staffCorner
    Accessible.ignored: true

    TapHandler {
        objectName: "staffHold"
        longPressThreshold: Theme.staffHoldTime / 1000
        gesturePolicy: TapHandler.WithinBounds
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onLongPressed: corner.staffRequested()
    }
}
