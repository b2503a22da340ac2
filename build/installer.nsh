; Privacy Desk: electron-builder NSIS hooks for a shared office PC (nsis.include in electron-builder.yml).
; Install (per machine, elevated): runs resources\office\machine-setup.ps1, which creates the local
; group "Privacy Desk Users", the data folder (default %ProgramData%\Privacy Desk) and its ACL.
;   Setup.exe /S [/DATADIR=D:\PrivacyDesk] [/ADDUSERS=OFFICE\aigerim;OFFICE\daniyar] [/D=C:\Program Files\Privacy Desk]
; Uninstall: the data stays unless asked:  Uninstall Privacy Desk.exe /S [/DELETEDATA]
; An upgrade runs the old uninstaller with --updated: data and group are never touched then.

!macro pdRunMachineSetup ARGS
  ${DisableX64FSRedirection}
  nsExec::ExecToLog '"$WINDIR\System32\WindowsPowerShell\v1.0\powershell.exe" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "$INSTDIR\resources\office\machine-setup.ps1" ${ARGS}'
  Pop $R9
  ${EnableX64FSRedirection}
!macroend

!macro customInstall
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DATADIR=" $R1
  ${If} ${Errors}
    StrCpy $R1 ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/ADDUSERS=" $R2
  ${If} ${Errors}
    StrCpy $R2 ""
  ${EndIf}
  !insertmacro pdRunMachineSetup '-DataDir "$R1" -AddMembers "$R2"'
  ${If} $R9 != 0
    DetailPrint "Privacy Desk: setting up the machine data folder failed ($R9); run machine-setup.ps1 as an administrator."
    SetErrorLevel 2
  ${EndIf}
!macroend

!macro customUnInstall
  ${ifNot} ${isUpdated}
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/DELETEDATA" $R1
    ${IfNot} ${Errors}
      !insertmacro pdRunMachineSetup '-Uninstall -DeleteData'
    ${Else}
      DetailPrint "Privacy Desk: the database, key and logs are kept (uninstall with /DELETEDATA to remove them)."
    ${EndIf}
  ${endIf}
!macroend
