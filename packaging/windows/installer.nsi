; The ClaimDesk installer for 64-bit Windows, compiled by packaging/windows/build.sh
; with Debian's makensis (defines: VERSION, STAGE = the folder with claimdesk.exe and
; the docs, OUTFILE, ICON, COMPRESSOR).
;
; Installs for all users into Program Files, with a Start menu entry, an entry in
; Settings > Apps (uninstall), and project files (.ron) opening in ClaimDesk on a
; double-click. `setup.exe /S` installs silently, `uninstall.exe /S` removes
; silently. The uninstaller removes exactly what was installed and never deletes
; anything else: not the user's projects (wherever they are, even in the program
; folder), not the settings, autosaved recovery copies or library in the user's
; AppData, which hold work.
;
; .ron is a general format (Rust and game tools use it too), so ClaimDesk is added
; to the "Open with" list of .ron files always, and made the default only when no
; other program is; the uninstaller takes the default back only if it is still ours.

Unicode true
Target amd64-unicode
SetCompressor /SOLID ${COMPRESSOR}
ManifestDPIAware true

!include MUI2.nsh
!include LogicLib.nsh

!define PROGID "ClaimDesk.Project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ClaimDesk"
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\claimdesk.exe"

Name "ClaimDesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\ClaimDesk"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "ClaimDesk ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\claimdesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start ClaimDesk"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "ClaimDesk"
VIAddVersionKey "FileDescription" "ClaimDesk ${VERSION} setup"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "ClaimDesk developers, MIT OR Apache-2.0"

Function .onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "ClaimDesk"
  SetOutPath "$INSTDIR"
  File "${STAGE}\claimdesk.exe"
  File "${STAGE}\README.md"
  File "${STAGE}\FORMAT.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\ClaimDesk.lnk" "$INSTDIR\claimdesk.exe" "" "$INSTDIR\claimdesk.exe" 0

  ; Project files: a ProgID with the exe's icon and the open command.
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "ClaimDesk project"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\claimdesk.exe",0'
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\claimdesk.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.ron\OpenWithProgids" "${PROGID}" ""
  ReadRegStr $0 HKLM "Software\Classes\.ron" ""
  ${If} $0 == ""
  ${OrIf} $0 == "${PROGID}"
    WriteRegStr HKLM "Software\Classes\.ron" "" "${PROGID}"
  ${EndIf}
  WriteRegStr HKLM "Software\Classes\Applications\claimdesk.exe\SupportedTypes" ".ron" ""
  ; Win+R "claimdesk" and `start claimdesk` find the exe without a PATH change.
  WriteRegStr HKLM "${APP_PATHS_KEY}" "" "$INSTDIR\claimdesk.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "ClaimDesk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "ClaimDesk developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\claimdesk.exe",0'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1

  ; Explorer redraws file icons with the new association (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  ; Only the files this installer put there; RMDir without /r leaves the
  ; folder in place if the user saved anything of theirs into it.
  Delete "$INSTDIR\claimdesk.exe"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\FORMAT.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\ClaimDesk.lnk"

  ReadRegStr $0 HKLM "Software\Classes\.ron" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKLM "Software\Classes\.ron" ""
  ${EndIf}
  DeleteRegValue HKLM "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKLM "Software\Classes\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKLM "Software\Classes\.ron"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\claimdesk.exe"
  DeleteRegKey HKLM "${APP_PATHS_KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
