"""The app lock's screens: the lock screen, its controller, the PIN dialog, Settings rows."""
